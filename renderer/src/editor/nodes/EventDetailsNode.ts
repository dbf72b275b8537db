import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { ReactElement } from 'react';
import type { EventDetailsNode as EventDetailsJSON } from '../../../../shared/briefing';
import { decoratorDOM, placeholder } from './placeholder';

export type SerializedEventDetailsNode = Spread<Pick<EventDetailsJSON, 'workshopId'>, SerializedLexicalNode>;

/** A workshop's dates, place, organisers and participants, from the library. */
export class EventDetailsNode extends DecoratorNode<ReactElement> {
  __workshopId: string;

  static override getType(): string {
    return 'eventdetails';
  }

  static override clone(node: EventDetailsNode): EventDetailsNode {
    return new EventDetailsNode(node.__workshopId, node.__key);
  }

  static override importJSON(json: SerializedEventDetailsNode): EventDetailsNode {
    return $createEventDetailsNode(json.workshopId).updateFromJSON(json);
  }

  constructor(workshopId: string, key?: NodeKey) {
    super(key);
    this.__workshopId = workshopId;
  }

  override exportJSON(): SerializedEventDetailsNode {
    return { ...super.exportJSON(), type: 'eventdetails', version: 1, workshopId: this.__workshopId };
  }

  override createDOM(): HTMLElement {
    return decoratorDOM('div', 'event-details');
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement {
    return placeholder('Workshop details');
  }

  getWorkshopId(): string {
    return this.getLatest().__workshopId;
  }
}

export function $createEventDetailsNode(workshopId: string): EventDetailsNode {
  return $applyNodeReplacement(new EventDetailsNode(workshopId));
}

export function $isEventDetailsNode(node: LexicalNode | null | undefined): node is EventDetailsNode {
  return node instanceof EventDetailsNode;
}
