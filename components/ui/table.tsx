/**
 * A data table with a header row. `columns` are the header labels; a label
 * given as { hidden } is read by screen readers only (e.g. an actions column).
 * `scrollLabel` names a table that may scroll sideways on a phone: its scroll
 * area becomes a labelled region a keyboard can reach and scroll.
 */
export function Table({ columns, children, scrollLabel }: { columns: (string | { hidden: string })[]; children: React.ReactNode; scrollLabel?: string }) {
  const region = scrollLabel === undefined ? {} : { role: "region", "aria-label": scrollLabel, tabIndex: 0 };
  return (
    <div className="overflow-x-auto" {...region}>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col" className="p-2">{column}</th>
              ) : (
                <th key={column.hidden} scope="col" className="p-2"><span className="sr-only">{column.hidden}</span></th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
