/** What a person clicks on a nudge card: the button of one row, as Teams would send it. */
export interface CardButton {
  verb: string;
  data: Record<string, unknown>;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!isNode(node)) return [];
  const own = node.type === "TextRun" && typeof node.text === "string" ? [node.text] : [];
  return [...own, ...Object.values(node).flatMap(texts)];
}

/** The row (a separated container) whose text includes `rowText`: one occurrence's row. */
function rowOf(node: unknown, rowText: string): Node | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = rowOf(child, rowText);
      if (found) return found;
    }
    return undefined;
  }
  if (!isNode(node)) return undefined;
  for (const value of Object.values(node)) {
    const found = rowOf(value, rowText);
    if (found) return found;
  }
  const isContainer =
    node.type === "Container" && node.separator === true && Array.isArray(node.items);
  return isContainer && texts(node.items).some((text) => text.includes(rowText)) ? node : undefined;
}

function actionIn(node: unknown, title: string): Node | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = actionIn(child, title);
      if (found) return found;
    }
    return undefined;
  }
  if (!isNode(node)) return undefined;
  if (typeof node.type === "string" && node.type.startsWith("Action.") && node.title === title) {
    return node;
  }
  for (const value of Object.values(node)) {
    const found = actionIn(value, title);
    if (found) return found;
  }
  return undefined;
}

/** The Action.Execute titled `title` in the row that says `rowText` (inside a ShowCard too). */
export function buttonOf(card: unknown, rowText: string, title: string): CardButton {
  const row = rowOf(card, rowText);
  if (!row) throw new Error(`no row saying ${rowText}`);
  const action = actionIn(row, title);
  if (!action || action.type !== "Action.Execute" || typeof action.verb !== "string") {
    throw new Error(`no button ${title} in the row saying ${rowText}`);
  }
  return { verb: action.verb, data: isNode(action.data) ? { ...action.data } : {} };
}

/** The row's buttons' titles, in order (a ShowCard's title counts as its button). */
export function buttonTitles(card: unknown, rowText: string): string[] {
  const row = rowOf(card, rowText);
  if (!row) throw new Error(`no row saying ${rowText}`);
  const titles: string[] = [];
  const visit = (node: unknown, inShowCard: boolean) => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, inShowCard));
    if (!isNode(node)) return;
    if (typeof node.type === "string" && node.type.startsWith("Action.") && !inShowCard) {
      titles.push(String(node.title));
      if (node.type === "Action.ShowCard") return;
    }
    Object.values(node).forEach((child) => visit(child, inShowCard));
  };
  visit(row, false);
  return titles;
}

/** All the text a row shows. */
export function rowText(card: unknown, text: string): string {
  const row = rowOf(card, text);
  if (!row) throw new Error(`no row saying ${text}`);
  return texts(row).join(" ").replace(/\s+/g, " ");
}
