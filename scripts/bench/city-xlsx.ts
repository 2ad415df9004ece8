/** The whole city's workbook over HTTP, as an auditor downloads it (five runs, sequential): seconds of each run, and its size. */
export async function measureCityXlsx(baseUrl: string, cookie: string, date: string) {
  const seconds: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/exports?bureau=all&date=${date}&format=xlsx`, { headers: { cookie } });
    bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`city-wide xlsx export failed: HTTP ${response.status}`);
    seconds.push((performance.now() - started) / 1000);
  }
  return { seconds, bytes };
}
