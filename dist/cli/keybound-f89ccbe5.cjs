// src/policy/formats.ts
function isCalendarDate(text) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const [year, month, day] = text.split("-").map(Number);
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= [
		31,
		year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28,
		31,
		30,
		31,
		30,
		31,
		31,
		30,
		31,
		30,
		31
	][month - 1];
}
const FORMATS = { date: {
	type: "string",
	validate: isCalendarDate
} };
Object.defineProperty(exports, "FORMATS", {
	enumerable: true,
	get: function() {
		return FORMATS;
	}
});
