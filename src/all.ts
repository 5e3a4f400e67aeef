/** Registers every widget. The script-tag entry: `<script type="module" src=".../civic-widgets.js">`. */
