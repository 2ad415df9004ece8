import type ja from "./ja.json";

export type MessageKey = keyof typeof ja;
export type Messages = Record<MessageKey, string>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A translator over one catalogue; "{name}" in a message takes params.name. Without params the message is
 * returned as it stands (every "{name}" would stay as it is): most calls have none, and each regex replace
 * was a measurable part of every page's rendering (issue 17).
 */
export function translatorFor(messages: Messages): Translate {
  return (key, params) => (params ? messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)) : messages[key]);
}
