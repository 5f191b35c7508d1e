/** The "Tempel rilis" view, under the reports collection: /admin/collections/reports/tempel-rilis. Plain TS: the config imports it. */
export const PASTE_RELEASE_PATH = '/tempel-rilis'
