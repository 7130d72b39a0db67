// All four widgets, as the README shows: importing the package defines them.
import 'civic-widgets';
