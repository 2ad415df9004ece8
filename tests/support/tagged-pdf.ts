import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

interface StructNode {
  role: string;
  children?: (StructNode | { type: "content"; id: string })[];
}

/** The structure tree's roles, depth first, with the text of each element's marked content. */
export async function readTaggedPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const roles: string[] = [];
  const reading: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const textOf = new Map<string, string>();
    let current: string | null = null;
    for (const item of content.items) {
      if ("type" in item) {
        if (item.type === "beginMarkedContentProps") current = String(item.id);
        else if (item.type === "endMarkedContent") current = null;
      } else if (current) textOf.set(current, (textOf.get(current) ?? "") + item.str);
    }
    const walk = (node: StructNode, role: string) => {
      for (const child of node.children ?? []) {
        if ("type" in child) reading.push(`${role}:${textOf.get(child.id) ?? ""}`);
        else {
          roles.push(child.role);
          walk(child, child.role);
        }
      }
    };
    walk((await page.getStructTree()) as unknown as StructNode, "Root");
  }
  return { pdf, roles, reading, markInfo: await pdf.getMarkInfo(), metadata: await pdf.getMetadata() };
}
