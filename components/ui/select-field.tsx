/** A labelled <select> of a GET filter form; `""` is the "all" choice when `allLabel` is given. */
export function SelectField({ label, name, value, options, allLabel }: {
  label: string;
  name: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
  allLabel?: string;
}) {
  return (
    <label className="flex flex-col gap-1">
      {label}
      <select name={name} defaultValue={value ?? ""} className="rounded border border-slate-300 bg-white px-2 py-1">
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </label>
  );
}
