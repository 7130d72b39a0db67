// One widget by its own entry: only the event list is defined.
import 'civic-widgets/event-list.js';
