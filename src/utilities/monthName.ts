const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']

/** "Agustus 2026". */
export const monthName = (year: number, month: number): string => `${MONTHS[month - 1] ?? ''} ${year}`
