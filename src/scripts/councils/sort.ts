/**
 * Sortable table columns: each header gets a button; pressing it sorts the rows and sets aria-sort. Without
 * this script the table stays sorted by name, as built.
 */
for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable]")) {
  const body = table.tBodies[0];
  const heads = [...table.querySelectorAll<HTMLTableCellElement>("thead th[data-sort]")];
  if (!body) continue;
  heads.forEach((th, col) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      for (const h of heads) h.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const kind = th.dataset["sort"];
      const key = (row: HTMLTableRowElement): string | number => {
        const cell = row.cells[col];
        if (!cell) return "";
        if (kind === "text") return cell.textContent.trim();
        const v = cell.dataset["value"] ?? "";
        return v === "" ? Number.NaN : Number(v);
      };
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = key(a);
        const y = key(b);
        if (typeof x === "number" && typeof y === "number") {
          // Blanks last whichever way the column sorts.
          if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
          if (Number.isNaN(y)) return -1;
          return ascending ? x - y : y - x;
        }
        return ascending ? String(x).localeCompare(String(y), "en-GB") : String(y).localeCompare(String(x), "en-GB");
      });
      body.append(...rows);
    });
  });
}

export {};
