import en from './en.json';

// Only English ships so far; for other locales react-intl falls back to each defaultMessage.
export function translationsFor(locale: string): Record<string, string> {
    return locale.startsWith('en') ? en : {};
}
