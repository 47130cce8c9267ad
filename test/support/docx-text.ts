import { readZip } from "../teamsapp/read-zip";

/**
 * The text of a Word file as a reader sees it, paragraph by paragraph, read from its XML with the
 * project's small zip reader (no Word library in the tests, so they check the file, not a model).
 */
export interface DocxText {
  /** The body's paragraphs (table cells included), in order; line breaks as "\n". */
  paragraphs: string[];
  /** The footers' and headers' paragraphs. */
  footers: string[];
  headers: string[];
  /** The raw document XML, for checks on layout (languages, widths). */
  documentXml: string;
  /** Every part of the package by name. */
  parts: Map<string, Buffer>;
}

export function readDocx(file: Buffer): DocxText {
  const parts = readZip(file);
  const xml = (name: string) => parts.get(name)?.toString("utf8") ?? "";
  const documentXml = xml("word/document.xml");
  if (documentXml.length === 0) throw new Error("not a Word file: no word/document.xml");
  const partsLike = (pattern: RegExp) =>
    [...parts.keys()]
      .filter((name) => pattern.test(name))
      .flatMap((name) => paragraphsOf(xml(name)));
  return {
    paragraphs: paragraphsOf(documentXml),
    footers: partsLike(/^word\/footer\d*\.xml$/),
    headers: partsLike(/^word\/header\d*\.xml$/),
    documentXml,
    parts,
  };
}

/** All the text, paragraphs joined by new lines. */
export function allText(docx: DocxText): string {
  return docx.paragraphs.join("\n");
}

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((match) => (match[0] === "<w:br/>" ? "\n" : unescapeXml(match[1] ?? "")))
      .join(""),
  );
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
