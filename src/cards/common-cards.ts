import type { AdaptiveCard } from "./adaptive-card";
import { renderTemplate } from "./render";

/** `cards/notice.json`: a short title and text, e.g. in place of a card that was acted on. */
export interface NoticeCardData {
  title: string;
  text: string;
  color: "Default" | "Good" | "Attention" | "Warning";
}

export function renderNoticeCard(data: NoticeCardData): AdaptiveCard {
  return renderTemplate("notice", data);
}

/** `cards/confirm.json`: a question with a confirm and a cancel button. */
export interface ConfirmCardData {
  title: string;
  titleColor: "Default" | "Attention" | "Warning";
  text: string;
  confirm: {
    title: string;
    verb: string;
    style: "positive" | "destructive";
    data: Record<string, string>;
  };
  cancel: { title: string; verb: string; data: Record<string, string> };
}

export function renderConfirmCard(data: ConfirmCardData): AdaptiveCard {
  return renderTemplate("confirm", data);
}

/** `cards/action.json`: a short text with one Action.Execute button. */
export interface ActionCardData {
  title: string;
  text: string;
  button: { title: string; verb: string; data: Record<string, string> };
}

export function renderActionCard(data: ActionCardData): AdaptiveCard {
  return renderTemplate("action", data);
}

/** `cards/link.json`: a short text with one link button. */
export interface LinkCardData {
  title: string;
  text: string;
  linkTitle: string;
  url: string;
}

export function renderLinkCard(data: LinkCardData): AdaptiveCard {
  return renderTemplate("link", data);
}
