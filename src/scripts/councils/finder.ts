/**
 * The council finder: filters the council table as the reader types, matching council names, former names and
 * districts (current and former), and says how many councils match in a live region. Shown only when this
 * script runs; without it the table and the A–Z of districts serve instead.
 */
const box = document.querySelector<HTMLElement>("[data-finder]");
const input = document.querySelector<HTMLInputElement>("#finder");
const count = document.querySelector<HTMLElement>("#finder-count");
const rows = [...document.querySelectorAll<HTMLTableRowElement>("tr[data-search]")];

/** Lower case, accents and punctuation folded, so "st albans" finds "St Albans" and "Stoke" "Stoke-on-Trent". */
const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9|]+/g, " ")
    .trim();

if (box && input && count) {
  box.hidden = false;
  const haystacks = rows.map((r) => fold(r.dataset["search"] ?? "").split("|"));
  const run = (): void => {
    const q = fold(input.value);
    let n = 0;
    rows.forEach((row, i) => {
      const names = haystacks[i] ?? [];
      const hit = q === "" ? 0 : names.findIndex((name) => name.includes(q));
      const show = q === "" || hit >= 0;
      row.hidden = !show;
      const note = row.querySelector<HTMLElement>("[data-match]");
      if (note) {
        const own = fold(row.dataset["name"] ?? "");
        const matched = hit >= 0 ? (names[hit] ?? "") : "";
        const district = matched !== "" && matched !== own && !own.includes(q);
        note.hidden = !district;
        note.textContent = district ? `Includes ${titleCase(matched)}` : "";
      }
      if (show) n += 1;
    });
    count.textContent =
      q === ""
        ? ""
        : n === 0
          ? "No council matches. Try the A–Z of districts below."
          : `${String(n)} council${n === 1 ? "" : "s"} match${n === 1 ? "es" : ""}.`;
  };
  const titleCase = (s: string): string => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  input.addEventListener("input", run);
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
}

export {};
