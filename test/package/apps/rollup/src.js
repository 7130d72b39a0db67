// One widget by its own entry: only the partner call is defined.
import 'civic-widgets/partner-call.js';
