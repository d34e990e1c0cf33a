const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'] as const

/** 4194304 → "4 MiB", 1536 → "1.5 KiB", 100 → "100 bytes". */
export function formatBytes (bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '')
  return `${text} ${UNITS[unit]}`
}
