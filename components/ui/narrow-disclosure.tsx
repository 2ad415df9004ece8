"use client";
import { useId, useRef, useState } from "react";

/**
 * On narrow screens (below Tailwind's md, 768 px) a button that shows and hides
 * its panel; from md up the panel is always shown and the button is gone. The
 * button says whether the panel is open (aria-expanded) and names it
 * (aria-controls); Escape inside closes it and puts the focus back on the button.
 * Following a link in the panel closes it (the layout, and so this state, outlives
 * the navigation). The wrapper is display: contents, so the button and the panel are laid out by
 * the parent as if they were its own children.
 */
export function NarrowDisclosure({ button, buttonClassName, panelClassName, panelTestId, children }: {
  button: React.ReactNode;
  buttonClassName: string;
  panelClassName: string;
  panelTestId?: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <div
      className="contents"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={`md:hidden ${buttonClassName}`}
      >
        {button}
      </button>
      <div
        id={panelId}
        data-testid={panelTestId}
        className={`${open ? "" : "max-md:hidden"} ${panelClassName}`}
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
