"use client";
import { type FormEvent, startTransition } from "react";

/**
 * An onSubmit that runs the form's action without React's automatic reset.
 * React 19 resets a form's uncontrolled fields after every form action, even
 * one that returns a validation error or a conflict; dispatching the action
 * ourselves keeps what was typed. `before` may veto the submit (a confirm).
 * The form keeps its `action` too, so it still works without JavaScript.
 */
export function keepInputOnSubmit(dispatch: (form: FormData) => void, before?: (event: FormEvent<HTMLFormElement>) => boolean) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (before && !before(event)) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  };
}
