/** Workshop capture mode. (Filled in by the capture work.) */
export function CaptureScreen({ workshopId }: { workshopId: string | null }) {
  return (
    <div className="screen" aria-label="Workshop capture">
      <p className="quiet">Capture {workshopId ?? ''}</p>
    </div>
  );
}
