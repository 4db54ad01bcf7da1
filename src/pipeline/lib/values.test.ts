import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseDfeValue, DFE_SYMBOLS, parseGrade, parseIsoDate, parseDmyDate, slugify } from "./values.ts";

describe("parseDfeValue (property tests)", () => {
  it("round-trips any finite number written as a string", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        fc.pre(!/e/.test(String(n))); // DfE writes plain decimals; exponent notation is refused (below)
        const v = parseDfeValue(String(n));
        expect(v.status).toBe("");
        expect(Object.is(v.value, n) || v.value === n).toBe(true);
      }),
    );
  });
  it("round-trips decimals with fixed digits (as DfE writes them)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 3 }), (i, d) => {
        const s = (i / 10 ** d).toFixed(d);
        expect(parseDfeValue(s).value).toBe(Number(s));
      }),
    );
  });
  it("refuses exponent notation (a spreadsheet's 1e3, never DfE's)", () => {
    expect(() => parseDfeValue("1e3")).toThrow(/exponent notation/);
    expect(() => parseDfeValue("1E+9")).toThrow(/exponent notation/);
  });
  it("maps every symbol to null + the symbol", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(DFE_SYMBOLS)), (s) => {
        expect(parseDfeValue(s)).toEqual({ value: null, status: s });
      }),
    );
  });
  it("throws on anything else", () => {
    const numberLike = /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!numberLike.test(s) && !Object.hasOwn(DFE_SYMBOLS, s.trim()));
        expect(() => parseDfeValue(s)).toThrow();
      }),
    );
  });
});

describe("other cell parsers", () => {
  it("normalises grades", () => {
    expect(parseGrade("Requires improvement to be good")).toBe("Requires improvement");
    expect(parseGrade("outstanding")).toBe("Outstanding");
    expect(() => parseGrade("Satisfactory")).toThrow(/unknown grade/);
  });
  it("parses dates and rejects impossible ones", () => {
    expect(parseIsoDate("2018-09-04T00:00:00")).toBe("2018-09-04");
    expect(parseDmyDate("08/07/25")).toBe("2025-07-08");
    expect(() => parseDmyDate("08/07/99")).toThrow(/two-digit year "99" read as 2099 is in the future/);
    expect(() => parseIsoDate("2021-02-30")).toThrow(/impossible date/);
    expect(() => parseDmyDate("31/04/2025")).toThrow(/impossible date/);
  });
  it("slugifies names", () => {
    expect(slugify("Bournemouth, Christchurch and Poole")).toBe("bournemouth-christchurch-and-poole");
    expect(slugify("Telford & Wrekin")).toBe("telford-and-wrekin");
    expect(slugify("Kingston upon Thames")).toBe("kingston-upon-thames");
  });
});
