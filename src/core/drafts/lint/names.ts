/**
 * Common first names in Germany and the English-speaking world. A name from this list is
 * flagged wherever it appears capitalised.
 */
const PLAIN = `
Aaron Adam Adrian Agnes Alan Albert Alessandro Alex Alexa Alexander Alexandra Alfred Ali Alice Alina Amelie
Amy Andi Andrea Andreas Andrew Andy Angela Angelika Anja Anke Ann Anna Anne Annette Anni Antje Anton Antonia
Arne Arthur Axel Barbara Bastian Beate Ben Benedikt Benjamin Bernd Bernhard Bettina Birgit Björn Bianca
Brian Brigitte Britta Carina Carl Carla Carmen Carol Caroline Carsten Charles Charlie Charlotte Chris
Christa Christian Christiane Christina Christine Christoph Christopher Claudia Clara Daniel Daniela David
Dennis Detlef Diana Dieter Dirk Dominik Doris Dorothea Edith Elena Elias Elisabeth Elke Ella Emil Emilia
Emily Emma Eric Erik Erika Eva Fabian Felix Finn Florian Franziska Frieda Friedrich Fritz Gabi Gabriele
Georg George Gerd Gerhard Gisela Greta Gregor Gudrun Günter Günther Hanna Hannah Hannes Hans Harald Harry
Heike Heiko Heinz Helga Helmut Hendrik Henning Henry Herbert Hermann Holger Horst Ilse Ines Ingo Ingrid
Irene Isabel Isabell Isabella Jacob Jakob James Jan Jana Jannik Jasmin Jason Jennifer Jens Jessica Joachim
Johann Johanna Johannes John Jonas Jonathan Jörg Josef Joseph Julia Julian Juliane Jürgen Justin Kai Karin
Karl Karsten Kathrin Katja Katharina Kevin Kerstin Klaus Kristina Lara Larissa Laura Lea Leah Lena Leon
Leonie Lina Linda Lisa Lukas Luca Lucas Luise Lutz Luis Magdalena Maja Malte Manfred Manuel Manuela
Marc Marcel Marco Marcus Maria Marie Marina Mario Marion Markus Marlene Martin Martina Matthias Max
Maximilian Melanie Mia Michael Michaela Michelle Mike Mila Monika Moritz Nadine Natalie Nicole Niklas
Nico Nicolas Nils Nina Noah Nora Norbert Olaf Olga Oliver Oskar Pascal Patricia Patrick Paul Paula Peter
Petra Philipp Phillip Rainer Ralf Ralph Rebecca Regina Reinhard Renate Richard Robert Robin Roland Rolf
Ronja Rüdiger Ruth Sabine Sabrina Sandra Sara Sarah Sascha Sebastian Silke Simon Simone Sofia Sophia
Sophie Stefan Stefanie Steffen Stephan Stephanie Steve Steven Susanne Svenja Sven Tanja Thomas Thorsten
Tim Timo Tina Tobias Tom Torsten Udo Ulrich Ulrike Ursula Ute Uwe Valentina Vanessa Verena Victoria
Viktor Walter Werner Wilhelm Willi Wolfgang Yvonne Zoe Jörn Lars Mats Ole Jannis Luka Liam Elijah Oliver
Ethan Emma Olivia Ava Isabella Mila Amelia Harper Evelyn Abigail Madison Ella Chloe Scarlett Zoey Mason
Logan Lucas Jackson Aiden Sebastian Mateo Owen Samuel Henry Wyatt Gabriel Carter Jayden Dylan Luke
Anthony Isaac Grayson Julian Levi Joshua Nathan Ryan Aaron Caleb Thomas Connor Eli Landon Adrian Cameron
Kayla Megan Hailey Nicholas Tyler Brandon Kyle Zachary Jeremy Sean Timothy Kenneth Gary Jeffrey Scott
Eric Stephen Larry Raymond Gregory Frank Dennis Walter Patrick Peter Harold Douglas Henry Carl Arthur
Susan Margaret Dorothy Lisa Nancy Karen Betty Helen Sandra Donna Ruth Sharon Michelle Laura Sarah Kimberly
Deborah Jessica Shirley Cynthia Melissa Brenda Amanda Stephanie Rebecca Virginia Kathleen Pamela Martha
Debra Rachel Carolyn Janet Catherine Heather Diane Julie Joyce Victoria Kelly Christina Lauren Joan
Evelyn Judith Megan Cheryl Andrea Hannah Jacqueline Martha Gloria Teresa Sara Janice Marie Julia Kathryn
Frances Jean Abigail Alice Judy Sophia Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana
Natalie Brittany Charlotte Kayla Alexis Lori Ahmed Mehmet Mustafa Murat Emre Can Yusuf Fatma Ayşe Elif
`;

/**
 * Names that are also ordinary words (Mark, Will, Art, Rose, Kai, Ernst …). These are flagged
 * only in a name position: after a greeting ("Hi Mark,") or as a signature ("LG Rose").
 */
const AMBIGUOUS = `
Mark Will Art Bill Frank Pat Rose Grace Hope Joy Faith June May April August Summer Autumn Dawn Sunny
Holly Ivy Lily Daisy Iris Ruby Jade Amber Crystal Violet Olive Angel Destiny Chance Chase Hunter Mason Cash
Drew Miles Bob Jack Jerry Don Guy Ray Gene Rob Sandy Sky Kai Rosa Heide Ernst Fee Kim Gert Hope Sonne Dusty
Penny Rich Robin Sue Nick Mike Otto Bernadette Hanne Hilde Lotte Liesel Wolf Adler Sterne Stern Winter Jasper
Can Jan Mats Jean Ole Mercedes Carmen Ruth Hansi Sven Harry Max Leo Luna Lou Noel Emmy Eden Gay Carol Chris Rock Stone Will
`;

const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0);

export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(words(AMBIGUOUS).map((w) => w.toLowerCase()));
export const PLAIN_NAMES: ReadonlySet<string> = new Set(
  words(PLAIN)
    .map((w) => w.toLowerCase())
    .filter((w) => !AMBIGUOUS_NAMES.has(w)),
);

export function isKnownName(word: string): boolean {
  const w = word.toLowerCase();
  return PLAIN_NAMES.has(w) || AMBIGUOUS_NAMES.has(w);
}
