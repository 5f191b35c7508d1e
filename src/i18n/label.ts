/** A label in both admin languages: Indonesian first (the default), English when a user picks it. */
export const label = (id: string, en: string): { en: string; id: string } => ({ en, id })
