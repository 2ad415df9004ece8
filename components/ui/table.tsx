/**
 * A data table with a header row. `columns` are the header labels; a label
 * given as { hidden } is read by screen readers only (e.g. an actions column).
 */
export function Table({ columns, children }: { columns: (string | { hidden: string })[]; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto">
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
