import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../../src/domain/text/markdown";

describe("escaping Markdown in text a person typed", () => {
  it.each([
    [
      "a link",
      "[Log ind her](https://evil.example/login)",
      "\\[Log ind her\\](https://evil.example/login)",
    ],
    ["an autolink", "<https://evil.example>", "\\<https://evil.example\\>"],
    ["a mention", "<at>Lars</at>", "\\<at\\>Lars\\</at\\>"],
    ["bold and italic", "**Aarhus** _Kommune_ *x*", "\\*\\*Aarhus\\*\\* \\_Kommune\\_ \\*x\\*"],
    ["code and strikethrough", "`kode` ~~slet~~", "\\`kode\\` \\~\\~slet\\~\\~"],
    ["an entity", "&lt;b&gt;", "\\&lt;b\\&gt;"],
    ["a backslash that would escape the next escape", "\\*", "\\\\\\*"],
    ["a numbered list", "2. tirsdag\n10) punkt", "2\\. tirsdag\n10\\) punkt"],
    ["bullets, headings and quotes", "- a\n  + b\n# c\n> d", "\\- a\n  \\+ b\n\\# c\n\\> d"],
  ])("escapes %s", (_what, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it.each([
    "Aarhus Kommune",
    "Den 2. tirsdag i måneden kl. 10.00",
    "Sag 2018-1700, tlf. +45 12 34 56 78 (mobil)",
    "Ærø - Marstal #1",
    "https://www.socialstyrelsen.dk/",
  ])("leaves ordinary text such as %j as it is", (text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });
});
