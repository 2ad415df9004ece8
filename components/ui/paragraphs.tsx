/** Document text: paragraphs are separated by "\n" (see lib/domain/wrapped-text.ts). */
export function Paragraphs({ text, className = "" }: { text: string; className?: string }) {
  return <p className={`whitespace-pre-line leading-relaxed ${className}`}>{text}</p>;
}
