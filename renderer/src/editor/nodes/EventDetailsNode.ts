import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { EventDetailsNode as EventDetailsJSON } from '../../../../shared/briefing';
import { BriefingDecoratorNode, type SerializedBriefingNode } from './BriefingDecoratorNode';

type Fields = Pick<EventDetailsJSON, 'workshopId'>;

export type SerializedEventDetailsNode = SerializedBriefingNode<Fields>;

/** A workshop's dates, place, organisers and participants, from the library. */
export class EventDetailsNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'event-details';

  static override getType(): string {
    return 'eventdetails';
  }

  static override clone(node: EventDetailsNode): EventDetailsNode {
    return new EventDetailsNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedEventDetailsNode): EventDetailsNode {
    return $createEventDetailsNode(json.workshopId).updateFromJSON(json);
  }

  protected override label(): string {
    return 'Workshop details';
  }
}

export function $createEventDetailsNode(workshopId: string): EventDetailsNode {
  return $applyNodeReplacement(new EventDetailsNode({ workshopId }));
}

export function $isEventDetailsNode(node: LexicalNode | null | undefined): node is EventDetailsNode {
  return node instanceof EventDetailsNode;
}
