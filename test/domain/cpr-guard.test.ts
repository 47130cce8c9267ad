import { describe, expect, it } from "vitest";
import { containsCprNumber } from "../../src/domain/cpr-guard";

describe("CPR guard", () => {
  it.each([
    "Borgeren 010190-1234 deltog",
    "0101901234",
    "cpr: 311299-0001",
    "290200-4321", // 29 February 2000 (leap year)
    "nr. 150885 1234",
  ])("recognises a CPR number in %j, whatever its check digit", (text) => {
    expect(containsCprNumber(text)).toBe(true);
  });

  it.each([
    "Aarhus Kommune",
    "Mødet er 12.03.2027 kl. 10",
    "320190-1234", // no 32nd day
    "011390-1234", // no 13th month
    "300201-1234", // no 30 February
    "telefon 12345678",
    "sag 12345678901", // too many digits
  ])("leaves %j alone", (text) => {
    expect(containsCprNumber(text)).toBe(false);
  });
});
