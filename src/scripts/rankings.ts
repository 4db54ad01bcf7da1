/**
 * Ranking filters: region, type and Ofsted grade, shown only when this script runs; rows that do not match are
 * hidden and a live line says how many are shown. Sorting comes from councils/sort.ts.
 */
const box = document.querySelector<HTMLElement>("[data-filters]");
const shown = document.querySelector<HTMLElement>("[data-shown]");
const selects = [...document.querySelectorAll<HTMLSelectElement>("[data-f]")];
const rows = [...document.querySelectorAll<HTMLTableRowElement>("tr[data-region]")];

if (box && shown) {
  box.hidden = false;
  const run = (): void => {
    let n = 0;
    for (const row of rows) {
      row.hidden = !selects.every((s) => s.value === "" || row.dataset[s.dataset["f"] ?? ""] === s.value);
      if (!row.hidden) n += 1;
    }
    shown.textContent = `${String(n)} of ${String(rows.length)} councils shown.`;
  };
  for (const s of selects) s.addEventListener("change", run);
}

export {};
