/** Browser mode opened without the token: the server refuses every call, so say how to get in. */
export function MissingToken() {
  return (
    <main className="notice">
      <p role="alert">
        Open the address printed by <code>rapporteur serve</code>, which includes the access token.
      </p>
    </main>
  );
}
