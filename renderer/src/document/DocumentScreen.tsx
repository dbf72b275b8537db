/** The document workspace: editor, autosave, side panel. (Filled in by the document work.) */
export function DocumentScreen({ id }: { id: string }) {
  return (
    <div className="screen" aria-label="Document">
      <p className="quiet">Document {id}</p>
    </div>
  );
}
