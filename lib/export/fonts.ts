import path from "node:path";

// Noto Sans JP from npm (@expo-google-fonts/noto-sans-jp): nothing is fetched at
// run time, and pdfkit embeds only the glyphs used. Resolved from the project
// root, where `next start`, the CLI scripts and the tests all run.
const fontDir = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-jp");

export const japaneseFonts = {
  regular: path.join(fontDir, "400Regular/NotoSansJP_400Regular.ttf"),
  bold: path.join(fontDir, "700Bold/NotoSansJP_700Bold.ttf"),
};
