import type ja from "./ja.json";

export type MessageKey = keyof typeof ja;
export type Messages = Record<MessageKey, string>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator over one catalogue; "{name}" in a message takes params.name. */
export function translatorFor(messages: Messages): Translate {
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (params && name in params ? String(params[name]) : match));
}
