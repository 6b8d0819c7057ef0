import { execFileSync } from "node:child_process";

/**
 * Reads an .xlsx back with an independent reader: Debian's python3 with openpyxl. Each cell
 * comes back as `{t, v, f}`: openpyxl's Python type name (`datetime`, `int`, `float`, `str`),
 * its value (datetimes as naive ISO text, durations — `timedelta` — in seconds) and its number format.
 */
export interface ReadCell {
  t: string;
  v: string | number | boolean | null;
  f: string;
}
export interface ReadSheet {
  title: string;
  freeze: string | null;
  autoFilter: string | null;
  rows: ReadCell[][];
}

const script = String.raw`
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = v.isoformat()
            elif isinstance(v, datetime.timedelta):
                v = v.total_seconds()
            cells.append({"t": type(c.value).__name__, "v": v, "f": c.number_format})
        rows.append(cells)
    out.append({"title": ws.title, "freeze": ws.freeze_panes, "autoFilter": ws.auto_filter.ref, "rows": rows})
print(json.dumps({"sheets": out, "created": wb.properties.created.isoformat() if wb.properties.created else None}))
`;

export function readXlsx(file: string): { sheets: ReadSheet[]; created: string | null } {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8", maxBuffer: 1 << 28 }));
}
