/** The one place remote HTML becomes safe. Placeholder until the sanitizer issue lands. */
export {};
