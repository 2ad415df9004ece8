import { existsSync } from "node:fs";

// CLI commands read .env as next start does (the demo names its audit keys
// there); variables already in the environment win.
if (existsSync(".env")) process.loadEnvFile(".env");
