import { CsvRefused } from "@/lib/csv/header-csv";

/** Why reading a CSV was refused (null: it was read; "other": some other error). */
export function csvRefusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error instanceof CsvRefused ? error.reason : "other";
  }
  return null;
}
