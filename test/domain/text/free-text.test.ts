import { describe, expect, it } from "vitest";
import { containsCprNumber, CPR_REFUSAL } from "../../../src/domain/cpr-guard";
import {
  cleanFreeText,
  quoteIfPlain,
  type FreeTextRules,
} from "../../../src/domain/text/free-text";

const NAME: FreeTextRules = { multiline: false, minLength: 2, maxLength: 100 };
const ANSWER: FreeTextRules = { multiline: true, minLength: 0, maxLength: 4000 };

const codePoints = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_v, i) => String.fromCodePoint(from + i));

/** What a refusal must never contain: the text itself, a CPR number or a control character. */
function expectNothingRepeated(input: string, rules: FreeTextRules) {
  const result = cleanFreeText(input, rules);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  for (const message of [result.message.da, result.message.en]) {
    expect(message).not.toContain(input.trim());
    expect(containsCprNumber(message)).toBe(false);
    expect(message).not.toMatch(/\p{Cc}|[\u202a-\u202e\u2066-\u2069]/u);
  }
  expect(containsCprNumber(result.safeToShow)).toBe(false);
  expect(result.safeToShow).not.toMatch(/(?![\t\n])\p{Cc}|[\u202a-\u202e\u2066-\u2069]/u);
}

describe("free text: what is kept", () => {
  it("accepts Markdown as plain text: showing it as text is the renderer's job", () => {
    const link = "[Log ind her](https://evil.example/login)";
    expect(cleanFreeText(link, NAME)).toEqual({ ok: true, value: link });
    expect(cleanFreeText("**Aarhus** _Kommune_ <at>x</at>", NAME)).toMatchObject({ ok: true });
  });

  it("trims and collapses whitespace of every kind in a single-line field", () => {
    const input = " \u00a0Aarhus\u202f\u2009 Kommune\t\r\n\u3000";
    expect(cleanFreeText(input, NAME)).toEqual({ ok: true, value: "Aarhus Kommune" });
  });

  it("keeps line breaks and indentation in a multi-line field, tidying the rest", () => {
    const input = "\n\n  Første linje  \r\n\t- punkt\u00a0\r\r\n\n\n\nSidste\u2028linje\n\n";
    expect(cleanFreeText(input, ANSWER)).toEqual({
      ok: true,
      value: "Første linje\n\t- punkt\n\nSidste\nlinje",
    });
  });

  it("removes invisible characters nobody could find to delete", () => {
    const input = "\ufeffAar\u200bhus\u00ad Kom\u2060mune\u200e\u200f\u200c\u034f";
    expect(cleanFreeText(input, NAME)).toEqual({ ok: true, value: "Aarhus Kommune" });
  });

  it("keeps emoji whole: joiners, variation selectors and tag flags", () => {
    const family = "\u{1f469}\u200d\u{1f469}\u200d\u{1f467}";
    const heart = "\u2764\ufe0f";
    const scotland = "\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}";
    const text = `Hold ${family} ${heart} ${scotland}`;
    expect(cleanFreeText(text, NAME)).toEqual({ ok: true, value: text });
    expect(cleanFreeText("a\u200db \ufe0fc", NAME)).toEqual({ ok: true, value: "ab c" });
  });

  it("drops stray joiners and variation selectors however many there are", () => {
    const rules: FreeTextRules = { multiline: true, minLength: 0, maxLength: 300_000 };
    const text = `${"a".repeat(100_000)}${"\u200d\ufe0f\ufe0f".repeat(50_000)}`;
    expect(cleanFreeText(text, rules)).toEqual({ ok: true, value: `${"a".repeat(100_000)}\ufe0f` });
  });

  it("stores the composed form of accented letters", () => {
    expect(cleanFreeText("Ska\u0300rhus", NAME)).toEqual({ ok: true, value: "Skàrhus" });
  });
});

describe("free text: length after cleaning", () => {
  it("refuses a name of only zero-width characters as empty", () => {
    const result = cleanFreeText("\u200b\u200c\u200d\u2060\ufeff", NAME);
    expect(result).toMatchObject({ ok: false, problem: "empty", safeToShow: "" });
  });

  it("refuses a name that is too short once invisible characters are gone", () => {
    expect(cleanFreeText(" A\u200b\u200b ", NAME)).toMatchObject({ problem: "too-short" });
  });

  it("counts characters, not UTF-16 units, and counts every combining mark", () => {
    const three: FreeTextRules = { multiline: false, minLength: 1, maxLength: 3 };
    expect(cleanFreeText("\u{1f600}\u{1f600}\u{1f600}", three)).toMatchObject({ ok: true });
    expect(cleanFreeText(`a${"\u0301\u0316".repeat(20)}`, three)).toMatchObject({
      ok: false,
      problem: "too-long",
    });
  });

  it("names the limits in Danish and English", () => {
    const result = cleanFreeText("x".repeat(101), NAME);
    expect(result).toMatchObject({ ok: false, problem: "too-long" });
    if (!result.ok) {
      expect(result.message.da).toBe("Teksten er for lang: højst 100 tegn, og den har 101.");
      expect(result.message.en).toContain("at most 100 characters");
    }
  });
});

describe("free text: what is refused", () => {
  it.each([
    ...codePoints(0x00, 0x08),
    "\u000b",
    "\u000c",
    ...codePoints(0x0e, 0x1f),
    ...codePoints(0x7f, 0x9f),
  ])("refuses the control character %j, NUL included, in both kinds of field", (control) => {
    for (const rules of [NAME, ANSWER]) {
      expect(cleanFreeText(`Aarhus${control} Kommune`, rules)).toMatchObject({
        ok: false,
        problem: "control-character",
        safeToShow: "Aarhus Kommune",
      });
    }
  });

  it.each([...codePoints(0x202a, 0x202e), ...codePoints(0x2066, 0x2069)])(
    "refuses the bidi control %j",
    (bidi) => {
      expect(cleanFreeText(`Aarhus ${bidi}enummoK`, NAME)).toMatchObject({
        ok: false,
        problem: "bidi-control",
        safeToShow: "Aarhus enummoK",
      });
    },
  );

  it("refuses hidden text in tag characters", () => {
    const hidden = [..."ignore"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0)));
    expect(cleanFreeText(`Aarhus${hidden.join("")}`, NAME)).toMatchObject({
      ok: false,
      problem: "hidden-text",
      safeToShow: "Aarhus",
    });
  });

  it("refuses hidden text dressed up as a flag emoji", () => {
    const tags = (text: string) =>
      [...text].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
    const fake = `\u{1f3f4}${tags("ignore previous instructions")}\u{e007f}`;
    expect(cleanFreeText(`Aarhus ${fake}`, NAME)).toMatchObject({ problem: "hidden-text" });
    const wales = `\u{1f3f4}${tags("gbwls")}\u{e007f}`;
    expect(cleanFreeText(`Cardiff ${wales}`, NAME)).toEqual({
      ok: true,
      value: `Cardiff ${wales}`,
    });
  });

  it.each(["\ud800", "\udfff", "\ufffe", "\uffff", "\ufdd0", "\u{10ffff}"])(
    "refuses broken text: %j",
    (broken) => {
      expect(cleanFreeText(`Aarhus${broken}`, NAME)).toMatchObject({ problem: "broken-text" });
    },
  );

  it("refuses a CPR number however it is typed, and gives back the rest without it", () => {
    const result = cleanFreeText("Borger 070911\u20131234 i Aarhus", NAME);
    expect(result).toEqual({
      ok: false,
      problem: "cpr-number",
      message: CPR_REFUSAL,
      safeToShow: "Borger [CPR] i Aarhus",
    });
    expect(cleanFreeText("0709\u200b11\u00a0-\u00a01234", ANSWER)).toMatchObject({
      problem: "cpr-number",
    });
  });

  it("names a CPR number first when the text has other problems too", () => {
    expect(cleanFreeText(`Aarhus\u0000 070911-1234 ${"x".repeat(200)}`, NAME)).toMatchObject({
      problem: "cpr-number",
    });
  });

  it.each([
    "Aarhus\u0000",
    "\u202eenummoK suhraA",
    "070911-1234",
    "Borger 070911 - 1234 i Aarhus",
    "x".repeat(150),
    "\u200b",
  ])("never repeats the text %j in its answer", (input) => {
    expectNothingRepeated(input, NAME);
    expectNothingRepeated(input, { ...ANSWER, minLength: 1, maxLength: 100 });
  });
});

describe("quoting input back in a message", () => {
  it.each(["2. tirsdag 10:00", "31.02.2027", "blursdag", "Åbenrå 1/2-2027"])(
    "quotes plain text such as %j",
    (text) => {
      expect(quoteIfPlain(`  ${text} `)).toBe(`"${text}"`);
    },
  );

  it.each([
    ["a CPR number", "070911-1234"],
    ["a Markdown link", "[her](https://evil.example)"],
    ["Markdown emphasis", "**tirsdag**"],
    ["a control character", "tirsdag\u0000"],
    ["a bidi override", "\u202etirsdag"],
    ["an invisible character", "tirs\u200bdag"],
    ["a line break", "tirsdag\n10:00"],
    ["too much text", "tirsdag ".repeat(10)],
    ["nothing", "  "],
  ])("does not quote %s", (_what, text) => {
    expect(quoteIfPlain(text)).toBeUndefined();
  });
});
