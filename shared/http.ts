/** Browser mode's wire protocol, shared by the HTTP bridge and the renderer's transport. */

/** Each API call is `POST <API_PATH><method>` with the input as a JSON body. */
export const API_PATH = '/api/';

/** The header carrying the access token `rapporteur serve` makes for each run. */
export const TOKEN_HEADER = 'X-Rapporteur-Token';
