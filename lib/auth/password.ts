import bcrypt from "bcryptjs";

// Cost 10 takes about 100 ms here: slow enough against guessing, quick enough to sign in.
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when no user has the email, so a miss costs as long as a wrong password.
export const unusedHash = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.zPb0oq6BPlw9dWDKZ3ZgZNnBYTw2";
