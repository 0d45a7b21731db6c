#!/usr/bin/env node
var l={};console.log("placeholder");