import { describe, expect, it } from "vitest";
import { matchingText, toMatchingForm } from "../../../src/domain/text/matching-form";

describe("the matching form of a text", () => {
  it.each([
    [
      "dashes and minus signs",
      "a\u2013b\u2014c\u2011d\u2212e\uff0df\u2796g\u02d7h",
      "a-b-c-d-e-f-g-h",
    ],
    ["space-like characters", "a\u00a0b\u202fc\u2009d\u3000e\tf\u2007g", "a b c d e f g"],
    [
      "invisible characters",
      "a\u200bb\u200cc\u200dd\ufeffe\u00adf\u200eg\u202eh\u2066i\u2060j",
      "abcdefghij",
    ],
    ["control characters", "a\u0000b\u0007c\u001bd\u007fe\u009bf", "abcdef"],
    ["line breaks", "a\r\nb\rc\u2028d\u2029e\u0085f", "a\nb\nc\nd\ne\nf"],
    ["full-width and mathematical digits", "\uff11\uff12 \u{1d7d1}\u{1d7d2}", "12 34"],
    ["digits of other scripts", "\u0663\u0664 \u096b\u096c \u0e57\u0e58 \u1819", "34 56 78 9"],
    ["combining marks", "0\u03327\u0301", "07"],
  ])("folds %s", (_what, input, folded) => {
    expect(matchingText(input)).toBe(folded);
    expect(toMatchingForm(input).text).toBe(folded);
  });

  it("leaves printable ASCII and Danish letters as they are", () => {
    const text = "Ærø Kommune: 12-34 (sag) [link](x) æøå ÆØÅ é";
    expect(matchingText(text)).toBe(text);
  });

  it("maps every character back to the code point of the input it came from", () => {
    const input = "a\u200b\u{1d7cf}\uff0d\u2474";
    const form = toMatchingForm(input);
    expect(form.text).toBe("a1-(1)");
    const sources = [...form.text].map((_c, i) =>
      input.slice(form.sourceStart[i], form.sourceEnd[i]),
    );
    expect(sources).toEqual(["a", "\u{1d7cf}", "\uff0d", "\u2474", "\u2474", "\u2474"]);
  });
});
