/** The one IPC channel the renderer may use: every API call travels on it as (method, input). */
export const API_CHANNEL = 'rapporteur:api';

/** Where the preload puts the API in the renderer's world: `window.rapporteur`. */
export const BRIDGE_KEY = 'rapporteur';
