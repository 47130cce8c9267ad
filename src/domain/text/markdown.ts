/**
 * Teams reads an Adaptive Card's `TextBlock.text` and `Fact.title`/`Fact.value` as Markdown, so a
 * name like `[Log ind her](https://evil.example/login)` becomes a live link. Text a person typed
 * is best shown in a `RichTextBlock` of `TextRun`s, which Adaptive Cards never read as Markdown.
 * Where it must stay in a TextBlock or a FactSet, `escapeMarkdown` backslash-escapes what Teams
 * would act on: emphasis, code, strikethrough, links, angle brackets (autolinks, `<at>`
 * mentions), entities, and list, heading and quote markers at the start of a line.
 * Backslash escapes are CommonMark; older Teams mobile clients showed the backslashes instead,
 * which is why RichTextBlock is preferred for anything longer than a name.
 */
const INLINE = /[\\`*_~[\]<>&]/g;
/** "2. ", "2) ", "- ", "+ ", "# " at the start of a line (after optional spaces). */
const ORDERED_ITEM = /^([ \t]*\d+)([.)])(?=[ \t]|$)/gm;
const LINE_MARKER = /^([ \t]*)([-+#])(?=[ \t]|$)/gm;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, "\\$&")
    .replace(ORDERED_ITEM, "$1\\$2")
    .replace(LINE_MARKER, "$1\\$2");
}
