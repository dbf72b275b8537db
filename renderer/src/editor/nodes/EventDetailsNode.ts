import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { EventDetailsNode as EventDetailsJSON } from '../../../../shared/briefing';
import { createElement, type ReactElement } from 'react';
import { BriefingDecoratorNode, type NodeData, type SerializedBriefingNode } from './BriefingDecoratorNode';
import { EventDetails } from './components/EventDetails';

type Fields = Pick<EventDetailsJSON, 'workshopId'>;

/** The node's fields, as its component gets them. */
export type EventDetailsData = NodeData<Fields>;

export type SerializedEventDetailsNode = SerializedBriefingNode<Fields>;

/** A workshop's dates, place, organisers and participants, from the library. */
export class EventDetailsNode extends BriefingDecoratorNode<Fields> {
  protected override readonly className = 'briefing-event-details';

  static override getType(): string {
    return 'eventdetails';
  }

  static override clone(node: EventDetailsNode): EventDetailsNode {
    return new EventDetailsNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedEventDetailsNode): EventDetailsNode {
    return $createEventDetailsNode(json.workshopId).updateFromJSON(json);
  }

  override decorate(): ReactElement {
    return createElement(EventDetails, { nodeKey: this.getKey(), data: this.__data });
  }
}

export function $createEventDetailsNode(workshopId: string): EventDetailsNode {
  return $applyNodeReplacement(new EventDetailsNode({ workshopId }));
}

export function $isEventDetailsNode(node: LexicalNode | null | undefined): node is EventDetailsNode {
  return node instanceof EventDetailsNode;
}
