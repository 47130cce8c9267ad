import fc from "fast-check";

/**
 * Card payloads as an attacker (or a broken client) sends them: a real card's data with fields
 * changed, removed and added, or something that is not a card's data at all. Strings come from
 * everywhere people and programs get them wrong: huge and empty, right-to-left and zero-width,
 * lone surrogates and NUL, prototype keys, Markdown, HTML and template expressions.
 */

const SPECIAL_STRINGS = [
  "",
  " ",
  "\n\n\n",
  "\t",
  "\u0000",
  "a\u0000b",
  "\u202e",
  "\u202eevil\u202c",
  "\u2066isolate\u2069",
  "\u200b",
  "\u200b\u200c\u200d\u2060\ufeff",
  "\u00ad",
  "\ud800",
  "\udfff",
  "a\ud800b",
  "\u{e0041}\u{e0042}",
  "\ufdd0",
  "\uffff",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "[klik her](https://evil.example/login)",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "**fed** _kursiv_ `kode` # overskrift",
  "${user.name}",
  "${if(true, 'a', 'b')}",
  "${$root}",
  "{{x}}",
  "%s%n%x",
  "../../etc/passwd",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0",
  "00000000",
  "99999999999",
  "2027-02-30",
  "2027-13-01",
  "2027-03-16",
  "1.2.2027",
  "00:00",
  "24:00",
  "13:30:00",
  "da",
  "en",
  "yes",
  "notYet",
  "partially",
  "inPlace",
  "approved",
  "card",
  "list",
  "next",
  "previous",
  "social-skills-training",
  "planning-tools",
  "29:mette,29:lars",
  "29:eve",
  "19:other-team@thread.tacv2",
  "2. tirsdag 10:00",
  "Aarhus Kommune",
  "مرحبا بالعالم",
  "שלום",
  "Ærø Kommune – Økonomi & Sundhed",
  "👩‍👩‍👧‍👦🏴󠁧󠁢󠁳󠁣󠁴󠁿",
  "Z̷̡̛̗a̸̧͎l̷̰̔g̵͙̈o̶̺͂",
];

const HUGE_UNITS = ["a", "ø", "😀", "\u200b", " ", "\n", "0101901234 ", "x\u0301"];

const hugeString = fc
  .tuple(fc.integer({ min: 4_001, max: 120_000 }), fc.constantFrom(...HUGE_UNITS))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...SPECIAL_STRINGS), fc.string({ maxLength: 12 })), {
        minLength: 2,
        maxLength: 6,
      })
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: hugeString },
);

/** Anything JSON can carry that is not the string a field expects. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  // Parsed, so "__proto__" is an own key as on the wire (a literal would set the prototype).
  fc.constant(JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown),
  fc.constant(JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown),
  fc.constant([[[[[[[[[[[]]]]]]]]]]]),
);

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: wrongType },
);

const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "toString",
  "valueOf",
];

export const REMOVE = Symbol("remove the field");

export interface PayloadCase {
  /** Key edits applied to the base, in order (REMOVE deletes). */
  edits: [string, unknown][];
  /** When set, the whole data is this instead (not an object, or an object of garbage). */
  whole?: unknown;
}

/**
 * A payload case for a card whose data has these keys (and the keys other cards use). Half the
 * cases leave the card's own data alone and put strange text in the fields people type in
 * (`typedKeys`): those get past the checks of the card's structure and reach the store.
 */
export function payloadCase(
  baseKeys: readonly string[],
  otherKeys: readonly string[],
  typedKeys: readonly string[] = [],
): fc.Arbitrary<PayloadCase> {
  const key = fc.oneof(
    {
      weight: 6,
      arbitrary: baseKeys.length > 0 ? fc.constantFrom(...baseKeys) : fc.string({ maxLength: 10 }),
    },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    {
      weight: 1,
      arbitrary:
        otherKeys.length > 0 ? fc.constantFrom(...otherKeys) : fc.string({ maxLength: 10 }),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
  const edit = fc.tuple(
    key,
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) },
      { weight: 5, arbitrary: anyValue },
    ),
  );
  const structural = fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 5 }) });
  const typed =
    typedKeys.length > 0
      ? fc.record({
          edits: fc.array(fc.tuple(fc.constantFrom(...typedKeys), nastyString), {
            minLength: 1,
            maxLength: typedKeys.length,
          }),
        })
      : structural;
  return fc.oneof(
    { weight: 12, arbitrary: typed },
    { weight: 12, arbitrary: structural },
    {
      weight: 1,
      arbitrary: fc.record({
        edits: fc.constant<[string, unknown][]>([]),
        whole: fc.oneof(
          anyValue,
          fc.dictionary(
            fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 10 })),
            anyValue,
            { maxKeys: 6 },
          ),
        ),
      }),
    },
  );
}

/**
 * The data as it arrives from the wire: built as JSON text and parsed, so "__proto__" is an
 * own key (as JSON.parse makes it), never the object's prototype.
 */
export function payloadData(base: Record<string, unknown>, fuzz: PayloadCase): unknown {
  if (fuzz.whole !== undefined) return JSON.parse(JSON.stringify(fuzz.whole) ?? "null");
  const entries = new Map<string, unknown>(Object.entries(base));
  for (const [name, value] of fuzz.edits) {
    if (value === REMOVE) entries.delete(name);
    else entries.set(name, value);
  }
  const members = [...entries].map(
    ([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value) ?? "null"}`,
  );
  return JSON.parse(`{${members.join(",")}}`);
}

/** A short, printable description of a case for failure lines (huge strings shortened). */
export function describeCase(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    typeof value === "string" && value.length > 60
      ? `${value.slice(0, 40)}…(${value.length} chars)`
      : value,
  ).slice(0, 300);
}
