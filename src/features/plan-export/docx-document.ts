import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
} from "docx";
import type { Language } from "../../domain/i18n";
import type { Block, Fact, PlanDocument, Section, TableColumn } from "../../domain/plan";

/**
 * The plan as a Word file, with the `docx` library (a maintained, dependency-light writer of
 * Office Open XML): a title page, then the sections with headings Word's navigation pane shows,
 * tables sized in per cent of the text width, and a footer with the generation note and page
 * numbers. The layout is the renderer's; every word comes from the document model.
 */

/** A4 portrait with 2.2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1247 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Half-points. */
const SIZE = {
  body: 21,
  small: 18,
  header: 17,
  tiny: 16,
  heading1: 32,
  heading2: 26,
  heading3: 22,
} as const;
const COLOUR = {
  heading: "1F3864",
  accent: "2E74B5",
  muted: "595959",
  rule: "BFBFBF",
  headerFill: "DCE6F2",
  labelFill: "F2F2F2",
} as const;
/** Arial is on every Windows and Mac, and LibreOffice maps it to the metric-compatible Liberation Sans. */
const FONT = "Arial";
const INDENT = 284;

/** Top-level sections that start on a new page: the long ones a reader jumps to. */
const NEW_PAGE_BEFORE = new Set(["milestones", "schedule", "progress"]);

const PAGE_WORDS: Record<Language, { page: string; of: string }> = {
  da: { page: "Side", of: "af" },
  en: { page: "Page", of: "of" },
};

export async function renderPlanDocx(plan: PlanDocument): Promise<Buffer> {
  const language = plan.language === "da" ? "da-DK" : "en-GB";
  const document = new Document({
    creator: "Implementeringsguiden",
    title: plan.documentTitle,
    description: plan.footer,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: language } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: heading(SIZE.heading1, COLOUR.heading, 360),
        heading2: heading(SIZE.heading2, COLOUR.heading, 300),
        heading3: heading(SIZE.heading3, COLOUR.accent, 240),
      },
    },
    sections: [titleSection(plan), bodySection(plan)],
  });
  return Packer.toBuffer(document);
}

function heading(size: number, color: string, before: number) {
  return {
    run: { font: FONT, size, bold: true, color },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  };
}

const PAGE_PROPERTIES = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: {
      top: PAGE.margin,
      bottom: PAGE.margin,
      left: PAGE.margin,
      right: PAGE.margin,
      header: 567,
      footer: 567,
    },
  },
} as const;

// --- title page -----------------------------------------------------------------------------------

function titleSection(plan: PlanDocument): ISectionOptions {
  const page = plan.titlePage;
  return {
    properties: PAGE_PROPERTIES,
    children: [
      new Paragraph({ spacing: { before: 2400, after: 120 }, children: [] }),
      new Paragraph({
        spacing: { after: 240 },
        children: [
          new TextRun({
            text: page.title.toUpperCase(),
            size: 24,
            bold: true,
            color: COLOUR.accent,
            characterSpacing: 40,
          }),
        ],
      }),
      new Paragraph({
        spacing: { after: 120 },
        children: [
          new TextRun({ text: page.municipality, size: 60, bold: true, color: COLOUR.heading }),
        ],
      }),
      new Paragraph({
        spacing: { after: 480 },
        border: {
          bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOUR.accent, space: 12 },
        },
        children: [new TextRun({ text: page.method, size: 32, color: COLOUR.muted })],
      }),
      factsTable(page.facts),
      new Paragraph({
        spacing: { before: 480 },
        children: [new TextRun({ text: page.lead, italics: true, color: COLOUR.muted })],
      }),
    ],
  };
}

// --- body -----------------------------------------------------------------------------------------

function bodySection(plan: PlanDocument): ISectionOptions {
  const words = PAGE_WORDS[plan.language];
  return {
    properties: PAGE_PROPERTIES,
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({
                text: `${plan.titlePage.title} · ${plan.titlePage.municipality}`,
                size: SIZE.tiny,
                color: COLOUR.muted,
              }),
            ],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
            spacing: { after: 60 },
            children: [new TextRun({ text: plan.footer, size: SIZE.tiny, color: COLOUR.muted })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({
                size: SIZE.tiny,
                color: COLOUR.muted,
                children: [
                  `${words.page} `,
                  PageNumber.CURRENT,
                  ` ${words.of} `,
                  PageNumber.TOTAL_PAGES,
                ],
              }),
            ],
          }),
        ],
      }),
    },
    children: plan.sections.flatMap((section, index) =>
      sectionContent(section, 0, index > 0 && NEW_PAGE_BEFORE.has(section.id)),
    ),
  };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function sectionContent(section: Section, depth: number, newPage: boolean): (Paragraph | Table)[] {
  return [
    new Paragraph({
      heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)],
      pageBreakBefore: newPage,
      children: [new TextRun(section.heading)],
    }),
    ...section.blocks.flatMap(blockContent),
    ...section.subsections.flatMap((child) => sectionContent(child, depth + 1, false)),
  ];
}

function blockContent(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case "paragraph":
      return [
        new Paragraph({
          children: lines(block.text, block.tone === "note" ? NOTE_RUN : {}),
        }),
      ];
    case "question":
      return questionContent(block);
    case "list": {
      const style = block.tone === "note" ? NOTE_RUN : {};
      return [
        new Paragraph({
          keepNext: true,
          spacing: { after: 40 },
          children: lines(block.lead, style),
        }),
        ...block.items.map(
          (item) =>
            new Paragraph({
              bullet: { level: 0 },
              spacing: { after: 40 },
              children: lines(item, style),
            }),
        ),
        spacer(),
      ];
    }
    case "facts":
      return [factsTable(block.facts), spacer()];
    case "table":
      return [dataTable(block.columns, block.rows), spacer()];
  }
}

const NOTE_RUN = { size: SIZE.small, italics: true, color: COLOUR.muted } as const;

function questionContent(block: Extract<Block, { type: "question" }>): Paragraph[] {
  const prefix = block.number === undefined ? "" : `${block.number}. `;
  const paragraphs = [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { before: 160, after: 60 },
      children: [new TextRun({ text: `${prefix}${block.question}`, bold: true })],
    }),
    ...(!block.answered
      ? [new Paragraph({ indent: { left: INDENT }, children: lines(block.answer, NOTE_RUN) })]
      : block.answer
          .split(/\n\s*\n/)
          .map(
            (paragraph) =>
              new Paragraph({ indent: { left: INDENT }, children: lines(paragraph.trim(), {}) }),
          )),
  ];
  if (block.byline !== undefined) {
    paragraphs.push(
      new Paragraph({
        indent: { left: INDENT },
        spacing: { after: 160 },
        children: lines(block.byline, { size: SIZE.tiny, color: COLOUR.muted }),
      }),
    );
  }
  return paragraphs;
}

/** A text's lines as runs with line breaks between them. */
function lines(text: string, style: Omit<IRunOptions, "text" | "break">): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }));
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [] });
}

// --- tables ---------------------------------------------------------------------------------------

const THIN = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 } as const;

function twips(percent: number): number {
  return Math.round((TEXT_WIDTH * percent) / 100);
}

function factsTable(facts: readonly Fact[]): Table {
  const widths = [twips(30), twips(70)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: THIN,
      bottom: THIN,
      left: NONE,
      right: NONE,
      insideHorizontal: THIN,
      insideVertical: NONE,
    },
    rows: facts.map(
      (fact) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(fact.label, widths[0], { bold: true, fill: COLOUR.labelFill }),
            cell(fact.value, widths[1], {}),
          ],
        }),
    ),
  });
}

function dataTable(columns: readonly TableColumn[], rows: readonly string[][]): Table {
  const widths = columns.map((column) => twips(column.width));
  const align = (index: number) =>
    columns[index]?.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: THIN,
      bottom: THIN,
      left: NONE,
      right: NONE,
      insideHorizontal: THIN,
      insideVertical: NONE,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column, index) =>
          cell(column.header, widths[index], {
            bold: true,
            size: SIZE.header,
            fill: COLOUR.headerFill,
            alignment: align(index),
          }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((_column, index) =>
              cell(row[index] ?? "", widths[index], { alignment: align(index) }),
            ),
          }),
      ),
    ],
  });
}

interface CellStyle {
  bold?: boolean;
  size?: number;
  fill?: string;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

function cell(text: string, width: number | undefined, style: CellStyle): TableCell {
  return new TableCell({
    width: { size: width ?? 0, type: WidthType.DXA },
    margins: CELL_MARGINS,
    ...(style.fill
      ? { shading: { type: ShadingType.CLEAR, fill: style.fill, color: "auto" } }
      : {}),
    children: [
      new Paragraph({
        spacing: { after: 0 },
        ...(style.alignment ? { alignment: style.alignment } : {}),
        children: lines(text, { size: style.size ?? SIZE.small, bold: style.bold === true }),
      }),
    ],
  });
}
