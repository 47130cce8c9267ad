import { describe, expect, it } from "vitest";
import { buildPlanDocument } from "../../../src/domain/plan";
import { renderPlanDocx } from "../../../src/features/plan-export/docx-document";
import { allText, readDocx } from "../../support/docx-text";
import { approvedByLars, planInput, record } from "../../domain/plan/plan-fixtures";

const WHY = "Vi ser flere unge, der mangler sociale færdigheder.";
const WHY_EN = "More young people lack the social skills to stay in work.";

const overrides = [
  { activityKind: "status-meeting", date: "2027-02-09", cancelled: false, held: true },
];

async function renderedPlan(language: "da" | "en", kind: "implementation" | "anchoring") {
  const plan = buildPlanDocument(
    planInput({
      kind,
      language,
      overrides,
      milestones: {
        "implementation-background": record(
          { "why-this-method": language === "da" ? WHY : WHY_EN },
          { assessment: "inPlace", approval: approvedByLars() },
        ),
      },
    }),
  );
  return readDocx(await renderPlanDocx(plan));
}

describe("the plan as a Word file", () => {
  it("holds the municipality, a milestone's answer, its approver and the schedule, in Danish", async () => {
    const docx = await renderedPlan("da", "implementation");
    const text = allText(docx);
    expect(docx.paragraphs).toContain("IMPLEMENTERINGSPLAN");
    expect(docx.paragraphs).toContain("Aarhus Kommune");
    expect(docx.paragraphs).toContain("Social Færdighedstræning (SFT)");
    expect(docx.paragraphs).toContain(WHY);
    expect(docx.paragraphs).toContain(
      "Godkendt af Lars Nielsen 24. februar 2027 kl. 10.15 (version 1)",
    );
    expect(docx.paragraphs).toContain("Lars Nielsen og Birgitte Holm");
    expect(text).toContain("Implementeringen løber fra 1. februar 2027 til 31. januar 2029.");
    // A table row: date and state of the first status meeting.
    const held = docx.paragraphs.indexOf("9. februar 2027 kl. 10.00");
    expect(held).toBeGreaterThan(0);
    expect(docx.paragraphs[held + 1]).toBe("Holdt");
    expect(docx.paragraphs).toContain("1. Hvorfor ønskes metoden implementeret?");
    // Danish spelling and hyphenation for the whole document (the styles' defaults).
    expect(docx.parts.get("word/styles.xml")?.toString("utf8")).toContain('w:lang w:val="da-DK"');
  });

  it("does the same in English for an English-speaking team", async () => {
    const docx = await renderedPlan("en", "implementation");
    expect(docx.paragraphs).toContain("IMPLEMENTATION PLAN");
    expect(docx.paragraphs).toContain("Aarhus Kommune");
    expect(docx.paragraphs).toContain(WHY_EN);
    expect(docx.paragraphs).toContain(
      "Approved by Lars Nielsen 24 February 2027 at 10:15 (version 1)",
    );
    expect(allText(docx)).toContain(
      "The implementation runs from 1 February 2027 to 31 January 2029.",
    );
    expect(docx.paragraphs).toContain("Held");
    expect(docx.footers.join("\n")).toContain("Page");
  });

  it("carries the generation note and page numbers in the footer and the plan's name in the header", async () => {
    const docx = await renderedPlan("da", "anchoring");
    const footer = docx.footers.join("\n");
    expect(footer).toContain(
      "Forankringsplan for Aarhus Kommune · genereret 14. juni 2027 kl. 10.30 af Implementeringsguiden fra opsætningens version 3",
    );
    expect(footer).toMatch(/Side .* af /);
    expect(docx.headers).toContain("Forankringsplan · Aarhus Kommune");
    const footerXml = [...docx.parts]
      .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
      .map(([, xml]) => xml.toString("utf8"))
      .join("");
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
  });

  it("fits every table within the text width, and starts the body after a title page", async () => {
    const docx = await renderedPlan("da", "implementation");
    const grids = [...docx.documentXml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)];
    expect(grids.length).toBeGreaterThan(5);
    for (const [, grid] of grids) {
      const widths = [...(grid ?? "").matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
      const total = widths.reduce((sum, width) => sum + width, 0);
      // A4 (11906) minus two margins of 1247 twips.
      expect(total).toBeLessThanOrEqual(9412 + widths.length);
    }
    // Two sections: the title page without header and footer, then the body with both.
    expect([...docx.documentXml.matchAll(/<w:sectPr/g)]).toHaveLength(2);
  });
});
