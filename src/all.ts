/** Registers every widget. The script-tag entry: `<script type="module" src=".../civic-widgets.js">`. */
import './define/idea-form.js';
import './define/initiative-list.js';
import './define/participation-ladder.js';
import './define/volunteer-signup.js';
