// The App Bar shows this in an <img>, where the theme's CSS variables cannot reach, so it uses a
// mid grey that reads on light and dark themes alike. A lifebuoy, drawn for 24×24.
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" ' +
    'stroke="#8a8d93" stroke-width="2"><circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="4"/>' +
    '<path d="M5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6"/></svg>';

export const APP_BAR_ICON_URL = `data:image/svg+xml;utf8,${encodeURIComponent(SVG)}`;
